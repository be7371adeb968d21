package org.sitegen.markdown.fast;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import java.util.Set;

/**
 * A block parser factory of site-gen's that needs no other factory before or after it and keeps
 * to its own blocks: Flexmark then runs it after the extensions' factories, where it puts its
 * core parsers (the footnotes' factory, the only other one, has no dependencies either).
 */
public abstract class IndependentBlockParserFactory implements CustomBlockParserFactory {
    @Override
    public final Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public final Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public final boolean affectsGlobalScope() {
        return false;
    }
}
