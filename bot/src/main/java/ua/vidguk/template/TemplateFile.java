package ua.vidguk.template;

/**
 * One template file, read whole.
 *
 * @param path the path inside the templates folder, with {@code /} separators, e.g. {@code
 *     surveys/cnap-visit.yaml}
 * @param name how problems name the file: the templates location followed by {@code path}
 * @param content the file's text, decoded as UTF-8
 */
public record TemplateFile(String path, String name, String content) {

    /** The file name without folders and without its last extension: {@code cnap-visit}. */
    public String baseName() {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
