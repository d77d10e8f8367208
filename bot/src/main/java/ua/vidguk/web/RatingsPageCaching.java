package ua.vidguk.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * An ETag on the public ratings and the directory of centres, so that a browser or a proxy asking again after their max-age gets
 * a 304 without the body. The page is still rendered each time: what it saves is the transfer.
 */
@Configuration(proxyBeanMethods = false)
class RatingsPageCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicRatingsEtag() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(
                RatingsPageModel.PATH, RatingsPageModel.JSON_PATH, CentresPageModel.PATH, CentresPageModel.JSON_PATH);
        return registration;
    }
}
