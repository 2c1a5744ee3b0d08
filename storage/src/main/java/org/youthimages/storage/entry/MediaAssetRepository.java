package org.youthimages.storage.entry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MediaAssetRepository extends CrudRepository<MediaAsset, Long> {

    List<MediaAsset> findByEntryId(long entryId);

    List<MediaAsset> findByEntryIdAndKind(long entryId, MediaAsset.Kind kind);

    Optional<MediaAsset> findByEntryIdAndKindAndLabel(long entryId, MediaAsset.Kind kind, String label);

    List<MediaAsset> findBySha256AndKind(String sha256, MediaAsset.Kind kind);
}
