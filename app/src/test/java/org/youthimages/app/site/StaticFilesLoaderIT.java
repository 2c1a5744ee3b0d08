package org.youthimages.app.site;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site's static files come through {@link JarEntryResourceLoader}, whatever order the application's bean
 * definitions load in: the environment also reads {@code classpath:}, with the loader that closes the runnable jar's
 * file system, and the static files take the first loader that answers.
 */
@MicronautTest(transactional = false)
class StaticFilesLoaderIT {

    @Inject ResourceResolver resolver;

    @Test
    void theStaticFilesAreReadByTheLoaderThatLeavesTheJarOpen() {
        assertThat(resolver.getSupportingLoader("classpath:public")).get().isInstanceOf(JarEntryResourceLoader.class);
        assertThat(resolver.getLoaderForBasePath("classpath:public")).get().isInstanceOf(JarEntryResourceLoader.class);
    }
}
