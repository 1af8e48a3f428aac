package vn.haicap.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf keeps at most 500 parsed expressions by default, fewer than the dashboard and the layout hold
 * together (some 430), so every rendering of it parsed its expressions again and compiled their SpEL to
 * bytecode again: most of the dashboard's time under load (docs/benchmarks.md, "Reports"). Every template of
 * the application holds a few thousand; the cache is sized for all of them.
 */
@Component
class TemplateCaches implements BeanPostProcessor {

    static final int EXPRESSIONS = 20_000;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringTemplateEngine engine) {
            StandardCacheManager caches = new StandardCacheManager();
            caches.setExpressionCacheMaxSize(EXPRESSIONS);
            engine.setCacheManager(caches);
        }
        return bean;
    }
}
