package ua.vidguk.survey;

import java.util.regex.Pattern;

/**
 * The one spelling of every id in a survey file (the survey's own, from its file name, and those
 * of its questions and options): lower-case latin letters, digits and '-', starting with a letter,
 * so that ids read the same in YAML, in stored answers and in URLs.
 */
final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private Ids() {}

    static boolean valid(String id) {
        return ID.matcher(id).matches();
    }
}
