package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity
public record JuryPanelMember(@Id @GeneratedValue @Nullable Long id, long panelId, long accountId) {
}
