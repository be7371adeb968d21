package org.sitegen.markdown;

/**
 * Where a Markdown body comes from and where it goes.
 *
 * @param displayPath   the file as named in messages, e.g. "content/2023/x.md"
 * @param contentPath   the file below the content folder, e.g. "2023/x.md"
 * @param bodyFirstLine the file line on which the body starts
 * @param sitePath      the page the body is published on, e.g. "/2023/02/19/x/"
 */
public record BodySource(String displayPath, String contentPath, int bodyFirstLine, String sitePath) {

    /** The content folder of the file, "" at the top, else ending in '/'. */
    public String folder() {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash + 1);
    }
}
