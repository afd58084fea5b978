package frontend

// pattern dumps a binding or match pattern, or a statement made of one.
func (d *dumper) pattern(label string, n Node) {
	rest := func(r *RestPattern) {
		if r != nil {
			d.line("rest", r.Pos(), "RestPattern", r.Name)
		}
	}
	fields := func(fs []*FieldPattern) {
		for _, f := range fs {
			d.plain("", "Field", f.Name, "at "+posText(f.Pos()))
			d.children(func() { d.node("", f.P) })
		}
	}
	switch n := n.(type) {
	case *BindingDecl:
		d.line(label, n.Pos(), "BindingDecl", flag(n.Type == nil, "var"), flag(n.Final, "final"))
		d.children(func() {
			d.node("", n.Type)
			d.node("", n.Pattern)
			d.node("", n.Value)
		})
	case *DestructureStmt:
		d.line(label, n.Pos(), "DestructureStmt")
		d.children(func() {
			d.node("", n.Pattern)
			d.node("", n.Value)
		})
	case *BadPattern:
		d.line(label, n.Pos(), "BadPattern")
	case *CapturePattern:
		d.line(label, n.Pos(), "CapturePattern", n.Name)
	case *WildcardPattern:
		d.line(label, n.Pos(), "WildcardPattern")
	case *ConstPattern:
		d.line(label, n.Pos(), "ConstPattern")
		d.children(func() { d.node("", n.X) })
	case *VarPattern:
		d.line(label, n.Pos(), "VarPattern")
		d.children(func() { d.node("", n.P) })
	case *RestPattern:
		d.line(label, n.Pos(), "RestPattern", n.Name)
	case *ListPattern:
		d.line(label, n.Pos(), "ListPattern")
		d.children(func() {
			for _, m := range n.Members {
				d.node("", m)
			}
			rest(n.Rest)
		})
	case *MappingPattern:
		d.line(label, n.Pos(), "MappingPattern")
		d.children(func() {
			fields(n.Fields)
			rest(n.Rest)
		})
	case *ErrorPattern:
		d.line(label, n.Pos(), "ErrorPattern")
		d.children(func() {
			d.node("ref", n.Type)
			d.node("message", n.Message)
			d.node("cause", n.Cause)
			fields(n.Fields)
			rest(n.Rest)
		})
	}
}
