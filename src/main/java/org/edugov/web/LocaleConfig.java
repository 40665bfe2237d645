package org.edugov.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * zh-CN first, English second. The language switch stores a cookie; without one, the browser's
 * Accept-Language picks between the two; anything else falls back to Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("EDUGOV_LANG") {
            @Override
            public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                    LocaleContext context) {
                Locale wanted = context == null ? null : context.getLocale();
                super.setLocaleContext(request, response,
                        wanted == null ? null : new SimpleLocaleContext(fromHeader(wanted.toLanguageTag())));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> fromHeader(request.getHeader("Accept-Language")));
        return resolver;
    }

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasename("classpath:messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return source;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The first language of the header that we support, by language alone ("en-GB" → English). */
    static Locale fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(language)) {
                        return supported;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
