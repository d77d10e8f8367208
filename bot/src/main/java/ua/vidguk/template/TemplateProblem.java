package ua.vidguk.template;

/**
 * One thing wrong in a template file.
 *
 * @param file the file as {@link TemplateFile#name()} names it
 * @param line the 1-based line, or 0 when the problem concerns the file or the folder as a whole
 * @param reason what is wrong, in words a coordinator can act on
 */
public record TemplateProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
