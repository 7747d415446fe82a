package org.partnershipledger.api.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the read-your-writes wait on every partnership read. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ReadYourWrites readYourWrites;

    WebConfiguration(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readYourWrites).addPathPatterns("/api/partnerships/*", "/api/partnerships/*/**");
    }
}
