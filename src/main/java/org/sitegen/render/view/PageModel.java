package org.sitegen.render.view;

import java.util.List;

/**
 * What one page's template sees besides the variables every template gets: one record per page
 * kind, each component a variable of the template under the component's name. docs/templates.md
 * ("Variables per page kind") documents them kind by kind, and TemplateContractDocsTest holds the
 * two together. A null component is a variable the template must test with {@code ??}.
 */
public sealed interface PageModel {
    /**
     * The page kind, which is also its template's name without ".ftlh": the record's name in
     * lower case ({@code NotFound}: "notfound").
     */
    default String kind() {
        return Kinds.OF.get(getClass());
    }

    /** Each page model's kind, worked out once. */
    final class Kinds {
        private static final java.util.Map<Class<?>, String> OF = java.util.Arrays.stream(
                PageModel.class.getPermittedSubclasses()).collect(java.util.stream.Collectors.toUnmodifiableMap(
                type -> type, type -> type.getSimpleName().toLowerCase(java.util.Locale.ROOT)));

        private Kinds() {
        }
    }

    /** The front page and its numbered pages; {@code onThisDay} null when there is no briefing. */
    record Home(List<BriefingView> briefings, PaginationView pagination, OnThisDayView onThisDay) implements PageModel {
    }

    /** A briefing's page; {@code newer}/{@code older} null at either end, {@code story} null outside a story. */
    record Briefing(BriefingView briefing, BriefingRef newer, BriefingRef older, List<BriefingRef> related,
                    List<TocEntry> toc, WeekRef week, List<EntityGroupView> entities, StoryPosition story)
            implements PageModel {
    }

    /** A standalone page (content/pages). */
    record Page(PageView staticPage) implements PageModel {
    }

    /** A taxonomy's index of terms. */
    record Taxonomy(TaxonomyView taxonomy) implements PageModel {
    }

    /** One page of a term's listing. */
    record Term(TaxonomyRef taxonomy, TermRef term, List<BriefingView> briefings, PaginationView pagination)
            implements PageModel {
    }

    /** The date archive's index. */
    record Archive(List<YearView> years, int total) implements PageModel {
    }

    /** A year of the date archive. */
    record Year(PeriodView period, List<MonthView> months, List<BriefingView> briefings, String reviewUrl)
            implements PageModel {
    }

    /** A month of the date archive. */
    record Month(PeriodView period, List<BriefingView> briefings) implements PageModel {
    }

    /** A day of the date archive. */
    record Day(PeriodView period, List<BriefingView> briefings, WeekRef week, OnThisDayView onThisDay)
            implements PageModel {
    }

    /** An ISO week with briefings. */
    record Week(WeekView week, List<BriefingView> briefings) implements PageModel {
    }

    /** A year in review. */
    record Review(YearReviewView review) implements PageModel {
    }

    /** 404.html. */
    record NotFound(List<BriefingView> briefings) implements PageModel {
    }

    /** The search page; {@code scriptMessages} is JSON for the search form's {@code data-messages}. */
    record Search(List<TaxonomyView> taxonomies, List<YearView> years, List<EntityKindView> entityKinds,
                  String scriptMessages) implements PageModel {
    }

    /** A kind of entity's index. */
    record Entities(EntityKindView entityKind) implements PageModel {
    }

    /** One page of an entity's listing. */
    record Entity(EntityKindRef entityKind, EntityView entity, List<BriefingView> briefings,
                  PaginationView pagination) implements PageModel {
    }

    /** One page of the listing of what two entities share. */
    record Pair(PairView pair, List<BriefingView> briefings, PaginationView pagination) implements PageModel {
    }

    /** The index of developing stories. */
    record Stories(List<StoryRef> stories) implements PageModel {
    }

    /** A developing story, its briefings oldest first. */
    record Story(StoryRef story, List<BriefingView> briefings) implements PageModel {
    }

    /** The index of the publishers the briefings cite. */
    record Publishers(TaxonomyView publishers) implements PageModel {
    }

    /** One page of a publisher's listing. */
    record Publisher(TaxonomyRef index, TermRef publisher, List<BriefingView> briefings, PaginationView pagination)
            implements PageModel {
    }

    /** The page at an alias, sending readers on. */
    record Redirect(RedirectView redirect) implements PageModel {
    }
}
