package ua.vidguk.survey;

/**
 * One option of a choice question. Options are numbered from 1 in the order the file lists them; a
 * visitor on SMS replies with the number, the answer stores the id.
 *
 * @param id stable identifier kept in answers and reports
 * @param number the digit a visitor replies with
 * @param text the label shown in messengers
 * @param sms a shorter label for SMS, or {@code null} to use {@code text}
 */
public record Option(String id, int number, LocalizedText text, LocalizedText sms) {

    /** The label for SMS: the short one when there is one. */
    public LocalizedText smsText() {
        return sms != null ? sms : text;
    }
}
