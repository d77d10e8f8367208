package ua.vidguk;

/**
 * Java source with its comments removed and its string, text-block and character literals
 * emptied, so that what is left names only code: a class named in a comment or a message is not a
 * dependency.
 */
final class JavaCode {

    private JavaCode() {}

    static String of(String source) {
        var code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = indexOrEnd(source, "\n", i);
            } else if (source.startsWith("/*", i)) {
                i = indexOrEnd(source, "*/", i + 2) + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                i = endOfLiteral(source, "\"\"\"", i + 3);
                code.append("\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                String quote = String.valueOf(source.charAt(i));
                i = endOfLiteral(source, quote, i + 1);
                code.append(quote).append(quote);
            } else {
                code.append(source.charAt(i++));
            }
        }
        return code.toString();
    }

    /** The index after the closing quote, skipping escaped characters. */
    private static int endOfLiteral(String source, String quote, int from) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + quote.length(), source.length());
    }

    private static int indexOrEnd(String source, String what, int from) {
        int at = source.indexOf(what, from);
        return at < 0 ? source.length() : at;
    }
}
