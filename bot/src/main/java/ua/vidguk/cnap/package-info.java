/**
 * The registry of centres (ЦНАП) and of the regions they belong to: what coordinators upsert and
 * list, and what other features look a centre up in.
 *
 * <p>The region list is the project's own copy of the ISO 3166-2:UA codes (24 oblasts, Kyiv city,
 * Crimea, Sevastopol). This package must not know visits, surveys or staff chats.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Centres")
package ua.vidguk.cnap;

import org.jspecify.annotations.NullMarked;
