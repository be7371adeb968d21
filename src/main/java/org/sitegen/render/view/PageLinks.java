package org.sitegen.render.view;

import java.util.AbstractList;
import java.util.function.IntFunction;

/**
 * Every page of a listing as a list that makes each link when asked: a listing of 5,000 pages
 * would otherwise hold 5,000 links on each of its 5,000 pages (25 million objects).
 */
final class PageLinks extends AbstractList<PageLink> {
    private final int size;
    private final int current;
    private final IntFunction<String> urlOf;

    PageLinks(int size, int current, IntFunction<String> urlOf) {
        this.size = size;
        this.current = current;
        this.urlOf = urlOf;
    }

    @Override
    public PageLink get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int number = index + 1;
        return new PageLink(number, urlOf.apply(number), number == current);
    }

    @Override
    public int size() {
        return size;
    }
}
