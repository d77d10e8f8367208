/**
 * Where Vidguk's data lives: real MongoDB when {@code spring.mongodb.uri} is set, otherwise an
 * in-process MongoDB-protocol server whose H2 store sits in {@code vidguk.data-dir}.
 *
 * <p>Also the database health check, because Boot's own one sends {@code hello}, which the
 * embedded server does not know. Features use Spring Data as usual and must not know which of
 * the two they talk to; this package must not know any feature's collections.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package ua.vidguk.database;

import org.jspecify.annotations.NullMarked;
