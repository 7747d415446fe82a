package org.partnershipledger.api.web;

import org.partnershipledger.core.shared.FinancialYear;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the read-your-writes wait on every partnership read. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ReadYourWrites readYourWrites;

    WebConfiguration(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, FinancialYear.class, FinancialYear::parse);
    }

    /** The dashboard is the service's home page. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/dashboard/");
        registry.addRedirectViewController("/dashboard", "/dashboard/");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readYourWrites).addPathPatterns("/api/partnerships/*", "/api/partnerships/*/**");
    }
}
