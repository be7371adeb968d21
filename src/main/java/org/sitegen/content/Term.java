package org.sitegen.content;

import org.sitegen.diag.SourcePosition;

/** A taxonomy term as written in one briefing, with where, for messages about merged spellings. */
public record Term(String name, SourcePosition at) {
}
