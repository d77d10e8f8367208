package ua.vidguk.survey;

/** Thrown when a survey id names no loaded survey file. */
public class SurveyNotFound extends RuntimeException {

    private SurveyNotFound(String message) {
        super(message);
    }

    public static SurveyNotFound forId(String id) {
        return new SurveyNotFound("No survey " + id + " (no file surveys/" + id + ".yaml)");
    }
}
