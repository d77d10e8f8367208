package ua.vidguk.cnap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Centre of Administrative Services.
 *
 * @param code the centre's unique code; it also travels in deep links and QR codes, hence its
 *     alphabet
 * @param region ISO 3166-2:UA code of its region, e.g. {@code UA-74}
 */
@Document("cnaps")
public record Cnap(@Id String code, String name, String region, String city) {}
