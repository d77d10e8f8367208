package ua.vidguk.template;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints broken templates as a plain list instead of a stack trace, because the person who reads it
 * is a coordinator who edited a file, not a developer.
 */
class TemplatesInvalidFailureAnalyzer extends AbstractFailureAnalyzer<TemplatesInvalid> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TemplatesInvalid cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the template files listed above, or unset vidguk.templates-dir (VIDGUK_TEMPLATES_DIR)"
                        + " to use the packaged templates. See docs/templates.md.",
                cause);
    }
}
