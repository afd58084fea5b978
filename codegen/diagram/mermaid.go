package diagram

import (
	"fmt"
	"strings"
)

// mermaidWords are the keywords of Mermaid's sequence diagrams, which
// cannot name a participant.
var mermaidWords = map[string]bool{
	"participant": true, "actor": true, "create": true, "destroy": true, "box": true, "as": true,
	"loop": true, "rect": true, "opt": true, "alt": true, "else": true, "par": true, "par_over": true,
	"and": true, "critical": true, "option": true, "break": true, "end": true, "left": true,
	"right": true, "of": true, "over": true, "note": true, "links": true, "link": true,
	"properties": true, "details": true, "activate": true, "deactivate": true, "title": true,
	"acctitle": true, "accdescr": true, "autonumber": true, "off": true, "sequencediagram": true,
}

// plainID reports whether s can be a Mermaid participant identifier as it is.
func plainID(s string) bool {
	if s == "" || mermaidWords[strings.ToLower(s)] {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// mermaidText escapes text for a message, note, block or alias: Mermaid
// ends a text at ';', '#' and a line break, and reads '<' and '>' as HTML,
// so those are written as its #code; entities.
func mermaidText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case ';', '#', '<', '>', '&':
			fmt.Fprintf(&b, "#%d;", r)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// Mermaid renders d as a Mermaid sequenceDiagram (as GitHub renders it in a
// ```mermaid block). It starts with a %% comment naming the function and
// its file, so that several diagrams can follow one another.
func Mermaid(d *Diagram) string {
	var b strings.Builder
	if d.File != "" {
		fmt.Fprintf(&b, "%%%% %s in %s\n", d.Func, d.File)
	} else {
		fmt.Fprintf(&b, "%%%% %s\n", d.Func)
	}
	b.WriteString("sequenceDiagram\n")
	fmt.Fprintf(&b, "    title %s\n", mermaidText(d.Func))
	for i := 0; i < len(d.Participants); i++ {
		p := d.Participants[i]
		if p.Group >= 0 {
			g := d.Groups[p.Group]
			fmt.Fprintf(&b, "    box %s\n", mermaidText(g.Label))
			for ; i <= g.Last && i < len(d.Participants); i++ {
				b.WriteString("    ")
				writeParticipant(&b, d.Participants[i])
			}
			b.WriteString("    end\n")
			i--
			continue
		}
		writeParticipant(&b, p)
	}
	indent := 1
	pad := func() string { return strings.Repeat("    ", indent) }
	id := func(i int) string { return d.Participants[i].ID }
	for _, s := range d.Steps {
		switch s.Kind {
		case StepMessage:
			label := s.Label
			if s.Sync {
				label += " (sync)"
			}
			fmt.Fprintf(&b, "%s%s->>%s: %s\n", pad(), id(s.From), id(s.To), mermaidText(label))
		case StepCall:
			fmt.Fprintf(&b, "%s%s->>+%s: %s\n", pad(), id(s.From), id(s.To), mermaidText(s.Label))
		case StepReply:
			fmt.Fprintf(&b, "%s%s-->>-%s: %s\n", pad(), id(s.From), id(s.To), mermaidText(s.Label))
		case StepNote:
			over := id(s.Over[0])
			if len(s.Over) > 1 && s.Over[1] != s.Over[0] {
				over += "," + id(s.Over[1])
			}
			fmt.Fprintf(&b, "%sNote over %s: %s\n", pad(), over, mermaidText(s.Label))
		case StepBegin:
			fmt.Fprintf(&b, "%s%s %s\n", pad(), s.Block, mermaidText(s.Label))
			indent++
		case StepElse:
			indent--
			if s.Label == "" {
				fmt.Fprintf(&b, "%selse\n", pad())
			} else {
				fmt.Fprintf(&b, "%selse %s\n", pad(), mermaidText(s.Label))
			}
			indent++
		case StepEnd:
			indent--
			fmt.Fprintf(&b, "%send\n", pad())
		}
	}
	return b.String()
}

func writeParticipant(b *strings.Builder, p *Participant) {
	if p.ID == p.Name {
		fmt.Fprintf(b, "    participant %s\n", p.ID)
		return
	}
	fmt.Fprintf(b, "    participant %s as %s\n", p.ID, mermaidText(p.Name))
}
