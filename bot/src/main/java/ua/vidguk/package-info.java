/**
 * The application: its entry point, the clock every feature takes its time from, and the settings
 * shared by all features. Each direct sub-package is a feature (a Spring Modulith module); see
 * docs/architecture.md.
 */
@NullMarked
package ua.vidguk;

import org.jspecify.annotations.NullMarked;
