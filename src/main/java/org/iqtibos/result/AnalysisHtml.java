package org.iqtibos.result;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an analysis as one self-contained HTML page (inline CSS, no scripts, no external assets): the article with
 * persons, organizations and places highlighted by type and quotes marked with their speakers, then the quotes and
 * the entities with their English names, ids and mentions. Every piece of text is escaped. Thread-safe.
 *
 * <pre>{@code
 * Files.writeString(Path.of("article.html"), AnalysisHtml.page(text, analysis, "article.txt"));
 * }</pre>
 *
 * <p>The elements carry classes and data attributes a reader or a test can select: {@code mark.PERSON},
 * {@code mark.ORGANIZATION}, {@code mark.PLACE} with {@code data-entity}; {@code span.quote} with
 * {@code data-speaker-id} and {@code data-speaker}; rows {@code tr.entity} with {@code data-entity}.
 */
public final class AnalysisHtml {
    private AnalysisHtml() {
    }

    private static final String CSS = """
            body{font-family:"Noto Sans","DejaVu Sans","Segoe UI",Arial,sans-serif;line-height:1.6;color:#1d1d1f;
            max-width:60rem;margin:2rem auto;padding:0 1rem;background:#fcfcfa}
            h1{font-size:1.3rem}h2{font-size:1.1rem;margin-top:2rem}
            .meta{color:#555}.legend mark{margin-right:.5rem}
            .article{white-space:pre-wrap;font-size:1.05rem;background:#fff;border:1px solid #ddd;border-radius:6px;
            padding:1rem 1.25rem}
            mark{border-radius:3px;padding:0 2px;color:inherit}
            mark.PERSON{background:#cfe3ff}mark.ORGANIZATION{background:#ffe0b3}mark.PLACE{background:#d4f2d0}
            .quote{background:#f3ecff;border-bottom:2px solid #8a63d2}
            .who{font-size:.75rem;font-weight:600;color:#fff;background:#8a63d2;border-radius:3px;padding:0 4px;
            margin-right:3px;white-space:nowrap}
            .who.none{background:#888}
            table{border-collapse:collapse;width:100%;font-size:.95rem}
            th,td{text-align:left;vertical-align:top;border-bottom:1px solid #e3e3e3;padding:.3rem .5rem}
            td.id{font-family:monospace}
            """;

    /** An interval of the text to wrap in an element. Quotes sort before the mentions they hold. */
    private record Mark(int start, int end, int order, String open, String close) {
    }

    /**
     * The page for {@code analysis} of {@code text}.
     *
     * @param title shown as the page's title and heading (a file name, an id); may be null
     * @throws IllegalArgumentException when an offset of the analysis lies outside {@code text}
     */
    public static String page(String text, ArticleAnalysis analysis, String title) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
        String heading = title == null || title.isBlank() ? "iqtibos analysis" : title;
        StringBuilder sb = new StringBuilder(text.length() * 2 + 4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(escape(analysis.language().code())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(heading)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(heading)).append("</h1>\n")
                .append("<p class=\"meta\">language <b>").append(escape(analysis.language().code())).append("</b>, script <b>")
                .append(escape(analysis.script().code())).append("</b> · <span class=\"legend\"><mark class=\"PERSON\">person</mark>")
                .append("<mark class=\"ORGANIZATION\">organization</mark><mark class=\"PLACE\">place</mark>")
                .append("<span class=\"quote\">quote</span></span></p>\n");
        sb.append("<div class=\"article\" lang=\"").append(escape(analysis.language().code())).append("\">");
        article(sb, text, analysis);
        sb.append("</div>\n");
        quotes(sb, analysis);
        entities(sb, analysis);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void article(StringBuilder sb, String text, ArticleAnalysis analysis) {
        List<Mark> marks = new ArrayList<>();
        int n = 0;
        for (Quote q : analysis.quotes()) {
            n++;
            check(text, q.start(), q.end());
            String who = q.speaker() == null ? "no speaker" : q.speaker();
            String open = "<span class=\"quote\" id=\"q" + n + "\" data-speaker-id=\"" + escape(Objects.toString(q.speakerId(), ""))
                    + "\" data-speaker=\"" + escape(Objects.toString(q.speaker(), "")) + "\" title=\"" + escape("quote " + n + ": " + who)
                    + "\"><span class=\"who" + (q.speaker() == null ? " none" : "") + "\">" + escape(who) + "</span>";
            marks.add(new Mark(q.start(), q.end(), 0, open, "</span>"));
        }
        for (List<Entity> list : List.of(analysis.persons(), analysis.organizations(), analysis.places())) {
            for (Entity e : list) {
                String tip = e.id() + " · " + e.name() + (e.kbId() == null ? "" : " · " + e.kbId());
                for (Mention m : e.mentions()) {
                    check(text, m.start(), m.end());
                    marks.add(new Mark(m.start(), m.end(), 1, "<mark class=\"" + e.type().name() + "\" data-entity=\""
                            + escape(e.id()) + "\" title=\"" + escape(tip) + "\">", "</mark>"));
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::order));
        // nest the marks: one that starts inside another and runs past its end is cut at that end
        Deque<Mark> open = new ArrayDeque<>();
        int at = 0;
        for (Mark m : marks) {
            while (!open.isEmpty() && open.peek().end() <= m.start()) {
                at = close(sb, text, at, open.pop());
            }
            int end = open.isEmpty() ? m.end() : Math.min(m.end(), open.peek().end());
            if (end <= m.start()) {
                continue;
            }
            escape(sb, text, at, m.start());
            at = m.start();
            sb.append(m.open());
            open.push(new Mark(m.start(), end, m.order(), m.open(), m.close()));
        }
        while (!open.isEmpty()) {
            at = close(sb, text, at, open.pop());
        }
        escape(sb, text, at, text.length());
    }

    private static int close(StringBuilder sb, String text, int at, Mark m) {
        escape(sb, text, at, m.end());
        sb.append(m.close());
        return m.end();
    }

    private static void quotes(StringBuilder sb, ArticleAnalysis analysis) {
        sb.append("<h2>Quotes (").append(analysis.quotes().size()).append(")</h2>\n");
        if (analysis.quotes().isEmpty()) {
            sb.append("<p>None found.</p>\n");
            return;
        }
        sb.append("<table class=\"quotes\">\n<tr><th>#</th><th>speaker</th><th>type</th><th>cue</th><th>quote</th></tr>\n");
        int n = 0;
        for (Quote q : analysis.quotes()) {
            n++;
            sb.append("<tr class=\"quote-row\"><td><a href=\"#q").append(n).append("\">").append(n).append("</a></td><td>");
            if (q.speaker() == null) {
                sb.append("<i>no speaker</i>");
            } else {
                sb.append(escape(q.speaker())).append(" <span class=\"meta\">").append(escape(q.speakerId())).append("</span>");
                if (q.speakerRole() != null) {
                    sb.append("<br><span class=\"meta\">").append(escape(q.speakerRole())).append("</span>");
                }
            }
            sb.append("</td><td>").append(q.type().name().toLowerCase(Locale.ROOT)).append("</td><td>")
                    .append(q.cue() == null ? "" : escape(q.cue().text())).append("</td><td>").append(escape(q.text()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void entities(StringBuilder sb, ArticleAnalysis analysis) {
        int count = analysis.persons().size() + analysis.organizations().size() + analysis.places().size();
        sb.append("<h2>Entities (").append(count).append(")</h2>\n");
        sb.append("<table class=\"entities\">\n<tr><th>id</th><th>type</th><th>English name</th><th>knowledge base</th>")
                .append("<th>role</th><th>mentions</th></tr>\n");
        for (List<Entity> list : List.of(analysis.persons(), analysis.organizations(), analysis.places())) {
            for (Entity e : list) {
                Map<String, Integer> forms = new LinkedHashMap<>();
                e.mentions().forEach(m -> forms.merge(m.text(), 1, Integer::sum));
                sb.append("<tr class=\"entity\" data-entity=\"").append(escape(e.id())).append("\"><td class=\"id\">")
                        .append(escape(e.id())).append("</td><td><mark class=\"").append(e.type().name()).append("\">")
                        .append(e.type().name().toLowerCase(Locale.ROOT)).append("</mark></td><td class=\"name\">")
                        .append(escape(e.name())).append("</td><td class=\"id\">").append(escape(Objects.toString(e.kbId(), "")))
                        .append("</td><td>").append(escape(Objects.toString(e.role(), ""))).append("</td><td class=\"mentions\">");
                boolean first = true;
                for (Map.Entry<String, Integer> f : forms.entrySet()) {
                    sb.append(first ? "" : ", ").append("<span class=\"mention\">").append(escape(f.getKey())).append("</span>");
                    if (f.getValue() > 1) {
                        sb.append(" ×").append(f.getValue());
                    }
                    first = false;
                }
                sb.append("</td></tr>\n");
            }
        }
        sb.append("</table>\n");
    }

    private static void check(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") lies outside the text of "
                    + text.length() + " chars: the analysis is of another text");
        }
    }

    /** {@code s} with {@code & < > " '} escaped for HTML text and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(sb, s, 0, s.length());
        return sb.toString();
    }

    private static void escape(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
    }
}
