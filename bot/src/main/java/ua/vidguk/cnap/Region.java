package ua.vidguk.cnap;

/**
 * A region of Ukraine by its ISO 3166-2:UA code ({@code UA-74}), with its names and its centre.
 */
public record Region(String code, String nameUk, String nameEn, String centreUk, String centreEn) {}
