package ua.vidguk.contact;

/** A phone number that cannot be used to reach a visitor; the message says why. */
public class InvalidPhoneNumber extends IllegalArgumentException {

    public InvalidPhoneNumber(String reason) {
        super(reason);
    }
}
