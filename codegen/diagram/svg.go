package diagram

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// The SVG drawing: lifelines with headers at the top (the function's
// default worker first, then its workers, fork workers grouped in a
// labelled box, then the clients), one row per step, arrows with
// arrowheads, sends in a branch dashed, client calls solid with a dashed
// response back, waits and other notes as boxes on the lifeline, blocks as
// UML frames. Text is set in a monospace font, so its width is known
// without a font engine (textWidth).

// Sizes, in pixels.
const (
	fontSize     = 13.0 // labels, notes, header names
	smallSize    = 11.0 // header captions, block conditions
	titleSize    = 15.0
	margin       = 20.0
	titleH       = 34.0
	groupLabelH  = 22.0
	headerH      = 44.0
	headerMinW   = 96.0
	headerGap    = 36.0
	arrowPad     = 18.0 // label clearance at each end of an arrow
	messageH     = 32.0
	noteChars    = 40 // notes wrap at this many characters
	noteLineH    = 17.0
	notePad      = 8.0
	noteGap      = 14.0 // between a single-lane note and a neighbouring lifeline
	noteOverhang = 22.0 // a spanning note reaches past its outer lifelines
	framePad     = 12.0
	frameHeadH   = 30.0
	elseH        = 28.0
	frameEndH    = 14.0
	finishH      = 16.0
	activationW  = 10.0
)

// Colours.
const (
	colText       = "#1f2230"
	colMuted      = "#6b7080"
	colLine       = "#3d4150"
	colWorker     = "#5567d5"
	colWorkerFill = "#eef0fc"
	colClient     = "#2e9e6b"
	colClientFill = "#eaf7f0"
	colNoteFill   = "#fff8d6"
	colNoteLine   = "#c9a227"
	colForkFill   = "#e6e9fb"
	colFrame      = "#8a8fa3"
	colFrameFill  = "#f2f3f7"
	fontFamily    = "'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace"
)

// num formats a coordinate: at most one decimal, no trailing zeros.
func num(v float64) string {
	v = math.Round(v*10) / 10
	if v == 0 {
		v = 0 // no "-0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// xmlText escapes s for XML character data and attribute values.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&#39;")
		default:
			if r < 0x20 && r != '\t' && r != '\n' {
				continue // not allowed in XML 1.0
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// canvas collects the drawing in layers and tracks its horizontal extent.
type canvas struct {
	back, lines, front strings.Builder
	minX, maxX         float64
}

func (c *canvas) span(x1, x2 float64) {
	if x1 > x2 {
		x1, x2 = x2, x1
	}
	c.minX = math.Min(c.minX, x1)
	c.maxX = math.Max(c.maxX, x2)
}

// text draws one line of text; anchor is "start", "middle" or "end".
func (c *canvas) text(b *strings.Builder, x, y float64, s string, size float64, anchor, fill, extra string) {
	w := textWidth(s, size)
	switch anchor {
	case "middle":
		c.span(x-w/2, x+w/2)
	case "end":
		c.span(x-w, x)
	default:
		c.span(x, x+w)
	}
	fmt.Fprintf(b, `<text x="%s" y="%s" font-size="%s"`, num(x), num(y), num(size))
	if anchor != "start" {
		fmt.Fprintf(b, ` text-anchor="%s"`, anchor)
	}
	if fill != colText {
		fmt.Fprintf(b, ` fill="%s"`, fill)
	}
	if extra != "" {
		b.WriteString(" " + extra)
	}
	fmt.Fprintf(b, ">%s</text>\n", xmlText(s))
}

// frame is a block: open while the rows are laid out, then drawn.
type frame struct {
	kind, label  string
	top, bottom  float64
	minX, maxX   float64
	x0, x1, tabW float64
	elses        []elseMark
}

type elseMark struct {
	y     float64
	label string
}

// SVG renders d as a standalone SVG document.
func SVG(d *Diagram) string {
	n := len(d.Participants)
	c := &canvas{minX: math.Inf(1), maxX: math.Inf(-1)}

	// Headers and lane positions.
	hw := make([]float64, n)
	for i, p := range d.Participants {
		hw[i] = math.Max(headerMinW, math.Max(textWidth(p.Name, fontSize), textWidth(p.Caption, smallSize))+28)
	}
	gaps := make([]float64, max(n-1, 0))
	for i := range gaps {
		gaps[i] = hw[i]/2 + hw[i+1]/2 + headerGap
	}
	type need struct {
		a, b int
		w    float64
	}
	var needs []need
	for _, s := range d.Steps {
		switch s.Kind {
		case StepMessage, StepCall, StepReply:
			a, b := min(s.From, s.To), max(s.From, s.To)
			if a != b {
				needs = append(needs, need{a, b, textWidth(messageLabel(s), fontSize) + 2*arrowPad})
			}
		case StepNote:
			w := noteWidth(s.Label)
			a, b := s.Over[0], s.Over[len(s.Over)-1]
			if a == b {
				if a > 0 {
					needs = append(needs, need{a - 1, a, w/2 + noteGap + 8})
				}
				if a < n-1 {
					needs = append(needs, need{a, a + 1, w/2 + noteGap + 8})
				}
			} else {
				needs = append(needs, need{a, b, w - 2*noteOverhang})
			}
		}
	}
	sort.SliceStable(needs, func(i, j int) bool { return needs[i].b-needs[i].a < needs[j].b-needs[j].a })
	for _, nd := range needs {
		have := 0.0
		for k := nd.a; k < nd.b; k++ {
			have += gaps[k]
		}
		if have < nd.w {
			extra := (nd.w - have) / float64(nd.b-nd.a)
			for k := nd.a; k < nd.b; k++ {
				gaps[k] += extra
			}
		}
	}
	xs := make([]float64, n)
	for i := 1; i < n; i++ {
		xs[i] = xs[i-1] + gaps[i-1]
	}

	// Vertical layout: the rows.
	top := margin + titleH
	if len(d.Groups) > 0 {
		top += groupLabelH
	}
	y := top + headerH + 16
	endY := make([]float64, n)   // where each lifeline stops (0: at the bottom)
	startY := make([]float64, n) // where a fork worker starts (0: at its header)
	var stack, frames []*frame
	grow := func(x1, x2 float64) {
		for _, f := range stack {
			f.minX = math.Min(f.minX, math.Min(x1, x2))
			f.maxX = math.Max(f.maxX, math.Max(x1, x2))
		}
	}
	callY := 0.0
	prevFinish := false
	for _, s := range d.Steps {
		finish := s.Kind == StepFinish
		switch s.Kind {
		case StepMessage, StepCall, StepReply:
			x1, x2 := xs[s.From], xs[s.To]
			ly := y + 21
			dir := 1.0
			if x2 < x1 {
				dir = -1
			}
			// client ends touch the activation bar
			if s.Kind == StepCall {
				x2 -= dir * activationW / 2
				callY = ly
			}
			if s.Kind == StepReply {
				x1 += dir * activationW / 2
				fmt.Fprintf(&c.front, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="%s"/>`+"\n",
					num(xs[s.From]-activationW/2), num(callY-4), num(activationW), num(ly-callY+8), colClientFill, colClient)
			}
			label := messageLabel(s)
			c.text(&c.front, (x1+x2)/2, ly-7, label, fontSize, "middle", colText, `stroke="#ffffff" stroke-width="4" paint-order="stroke"`)
			dash, marker := "", "bal2go-arrow"
			switch {
			case s.Kind == StepReply:
				dash, marker = ` stroke-dasharray="6 4"`, "bal2go-open"
			case s.Conditional:
				dash = ` stroke-dasharray="7 5"`
			}
			fmt.Fprintf(&c.front, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.5"%s marker-end="url(#%s)"/>`+"\n",
				num(x1), num(ly), num(x2-dir), num(ly), colLine, dash, marker)
			lw := textWidth(label, fontSize)
			c.span(x1, x2)
			grow(x1, x2)
			grow((x1+x2)/2-lw/2, (x1+x2)/2+lw/2)
			y += messageH
		case StepNote:
			lines := wrap(s.Label, noteChars)
			w := noteWidth(s.Label)
			a, b := xs[s.Over[0]], xs[s.Over[len(s.Over)-1]]
			cx := (a + b) / 2
			if a != b {
				w = math.Max(w, b-a+2*noteOverhang)
			}
			h := float64(len(lines))*noteLineH + notePad
			x0, y0 := cx-w/2, y+4
			fill, stroke := colNoteFill, colNoteLine
			if s.Note != "wait" {
				fill, stroke = colFrameFill, colFrame
			}
			if s.Note == "fork" {
				fill, stroke = colForkFill, colWorker
				for _, p := range s.Starts {
					startY[p] = y0
				}
			}
			fmt.Fprintf(&c.front, `<rect x="%s" y="%s" width="%s" height="%s" rx="3" fill="%s" stroke="%s"/>`+"\n",
				num(x0), num(y0), num(w), num(h), fill, stroke)
			for i, l := range lines {
				c.text(&c.front, cx, y0+notePad/2+noteLineH*float64(i)+13, l, fontSize, "middle", colText, "")
			}
			c.span(x0, x0+w)
			grow(x0, x0+w)
			y += h + 12
		case StepBegin:
			f := &frame{kind: s.Block, label: s.Label, top: y + 4, minX: xs[s.From], maxX: xs[s.From]}
			stack = append(stack, f)
			frames = append(frames, f) // drawn in opening order: outer frames below inner ones
			y += frameHeadH
		case StepElse:
			if len(stack) > 0 {
				f := stack[len(stack)-1]
				f.elses = append(f.elses, elseMark{y + 4, s.Label})
			}
			y += elseH
		case StepEnd:
			if len(stack) == 0 {
				break
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			x0, x1 := f.minX-framePad, f.maxX+framePad
			tabW := textWidth(f.kind, smallSize) + 18
			labelW := 0.0
			if f.label != "" {
				labelW = textWidth("["+f.label+"]", smallSize) + 10
			}
			for _, e := range f.elses {
				labelW = math.Max(labelW, textWidth("["+elseLabel(e.label)+"]", smallSize)+10-tabW)
			}
			x1 = math.Max(x1, x0+tabW+labelW+8)
			f.x0, f.x1, f.bottom, f.tabW = x0, x1, y+4, tabW
			c.span(x0, x1)
			grow(x0, x1)
			y += frameEndH
		case StepFinish:
			if !prevFinish {
				y += finishH
			}
			endY[s.From] = y - finishH + 8
		}
		prevFinish = finish
	}
	bottom := y + 10
	for _, f := range frames {
		if f.bottom > 0 {
			drawFrame(c, f)
		}
	}

	// Lifelines, headers, fork groups.
	for i, p := range d.Participants {
		x := xs[i]
		y1, y2 := top+headerH, bottom
		if endY[i] > 0 {
			y2 = endY[i]
		}
		color, dash, width := colWorker, "", "2"
		if p.Kind == KindClient {
			color, dash, width = colClient, ` stroke-dasharray="6 5"`, "1.5"
		}
		if startY[i] > 0 {
			fmt.Fprintf(&c.lines, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.5" stroke-dasharray="2 4" opacity="0.6"/>`+"\n",
				num(x), num(y1), num(x), num(startY[i]), color)
			y1 = startY[i]
		}
		fmt.Fprintf(&c.lines, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"%s/>`+"\n",
			num(x), num(y1), num(x), num(y2), color, width, dash)
		if p.Kind != KindClient {
			// the end of a worker's body
			fmt.Fprintf(&c.lines, `<circle cx="%s" cy="%s" r="5" fill="#ffffff" stroke="%s" stroke-width="2"/>`+"\n", num(x), num(y2), color)
		}
		drawHeader(c, p, x, top, hw[i])
	}
	for _, g := range d.Groups {
		x0 := xs[g.First] - hw[g.First]/2 - 10
		x1 := xs[g.Last] + hw[g.Last]/2 + 10
		y2 := 0.0
		for i := g.First; i <= g.Last; i++ {
			e := endY[i]
			if e == 0 {
				e = bottom
			}
			y2 = math.Max(y2, e+12)
		}
		y0 := top - groupLabelH + 2
		fmt.Fprintf(&c.back, `<rect x="%s" y="%s" width="%s" height="%s" rx="8" fill="%s" fill-opacity="0.35" stroke="%s" stroke-dasharray="5 4"/>`+"\n",
			num(x0), num(y0), num(x1-x0), num(y2-y0), colForkFill, colWorker)
		c.text(&c.back, x0+8, y0+14, g.Label, smallSize, "start", colWorker, `font-weight="bold"`)
		c.span(x0, x1)
	}

	// The title, at the left edge of the drawing.
	var title strings.Builder
	titleX := c.minX
	title.WriteString(fmt.Sprintf(`<text x="%s" y="%s" font-size="%s" font-weight="bold">%s`,
		num(titleX), num(margin+16), num(titleSize), xmlText(d.Func)))
	tw := textWidth(d.Func, titleSize)
	if d.File != "" {
		sub := "  " + d.File
		title.WriteString(fmt.Sprintf(`<tspan font-size="%s" font-weight="normal" fill="%s">%s</tspan>`, num(smallSize+1), colMuted, xmlText(sub)))
		tw += textWidth(sub, smallSize+1)
	}
	title.WriteString("</text>\n")
	c.span(titleX, titleX+tw)

	width := math.Ceil(c.maxX - c.minX + 2*margin)
	height := math.Ceil(bottom + 14 + margin)
	dx := margin - c.minX

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="%s" fill="%s">`+"\n",
		num(width), num(height), num(width), num(height), xmlText(fontFamily), colText)
	names := make([]string, 0, n)
	for _, p := range d.Participants {
		names = append(names, p.Name)
	}
	fmt.Fprintf(&b, "<title>%s</title>\n", xmlText(titleText(d)))
	fmt.Fprintf(&b, "<desc>%s</desc>\n", xmlText("Lifelines: "+strings.Join(names, ", ")+". Generated by bal2go diagram."))
	b.WriteString(`<defs>
<marker id="bal2go-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">
<path d="M0,0 L10,5 L0,10 z" fill="` + colLine + `"/>
</marker>
<marker id="bal2go-open" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">
<path d="M1,1 L10,5 L1,9" fill="none" stroke="` + colLine + `" stroke-width="1.5"/>
</marker>
</defs>
`)
	fmt.Fprintf(&b, `<rect width="%s" height="%s" fill="#ffffff"/>`+"\n", num(width), num(height))
	fmt.Fprintf(&b, `<g transform="translate(%s 0)">`+"\n", num(dx))
	b.WriteString(c.back.String())
	b.WriteString(c.lines.String())
	b.WriteString(c.front.String())
	b.WriteString(title.String())
	b.WriteString("</g>\n</svg>\n")
	return b.String()
}

func titleText(d *Diagram) string {
	t := "Sequence diagram of " + d.Func
	if d.File != "" {
		t += " (" + d.File + ")"
	}
	return t
}

// messageLabel is the text drawn on an arrow.
func messageLabel(s Step) string {
	if s.Sync {
		return s.Label + " (sync)"
	}
	return s.Label
}

func noteWidth(label string) float64 {
	w := 0.0
	for _, l := range wrap(label, noteChars) {
		w = math.Max(w, textWidth(l, fontSize))
	}
	return w + 2*notePad + 4
}

func elseLabel(s string) string {
	if s == "" {
		return "else"
	}
	return s
}

func drawHeader(c *canvas, p *Participant, x, top, w float64) {
	fill, stroke, nameFill, capFill := colWorkerFill, colWorker, colText, colMuted
	switch p.Kind {
	case KindFunction:
		fill, stroke, nameFill, capFill = colWorker, colWorker, "#ffffff", "#dfe3ff"
	case KindClient:
		fill, stroke = colClientFill, colClient
	}
	fmt.Fprintf(&c.front, `<rect x="%s" y="%s" width="%s" height="%s" rx="6" fill="%s" stroke="%s" stroke-width="1.5"/>`+"\n",
		num(x-w/2), num(top), num(w), num(headerH), fill, stroke)
	c.text(&c.front, x, top+19, p.Name, fontSize, "middle", nameFill, `font-weight="bold"`)
	c.text(&c.front, x, top+35, p.Caption, smallSize, "middle", capFill, "")
	c.span(x-w/2, x+w/2)
}

// drawFrame draws a block (opt, alt, loop) as a UML frame: a box with the
// operator in a tab at its top left, the condition beside it, and dashed
// separators between the sections of an alt.
func drawFrame(c *canvas, f *frame) {
	x0, x1, bottom, tabW := f.x0, f.x1, f.bottom, f.tabW
	fmt.Fprintf(&c.back, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s" fill-opacity="0.5" stroke="%s"/>`+"\n",
		num(x0), num(f.top), num(x1-x0), num(bottom-f.top), colFrameFill, colFrame)
	fmt.Fprintf(&c.back, `<path d="M%s,%s H%s V%s L%s,%s H%s Z" fill="#ffffff" stroke="%s"/>`+"\n",
		num(x0), num(f.top), num(x0+tabW), num(f.top+12), num(x0+tabW-6), num(f.top+18), num(x0), colFrame)
	c.text(&c.back, x0+7, f.top+13, f.kind, smallSize, "start", colText, `font-weight="bold"`)
	if f.label != "" {
		c.text(&c.back, x0+tabW+8, f.top+13, "["+f.label+"]", smallSize, "start", colMuted, "")
	}
	for _, e := range f.elses {
		fmt.Fprintf(&c.back, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-dasharray="5 4"/>`+"\n",
			num(x0), num(e.y), num(x1), num(e.y), colFrame)
		c.text(&c.back, x0+8, e.y+15, "["+elseLabel(e.label)+"]", smallSize, "start", colMuted, "")
	}
}
