/**
 * Where the editable templates come from and how their problems are reported: it owns the
 * {@code vidguk.templates-dir} setting, reads template files from that folder or from the packaged
 * {@code classpath:templates/}, collects problems as {@code file:line: reason}, and turns them into a
 * start-up failure that names every problem. It must not know what a survey or a message is: the
 * {@code survey} and {@code message} features parse the files and report into it.
 */
@NullMarked
package ua.vidguk.template;

import org.jspecify.annotations.NullMarked;
