package org.youthimages.storage.upload;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;

/** The transactional ends of an upload's life: complete (with its listeners) or expire. */
@Singleton
class UploadFinisher {

    private static final Logger LOG = LoggerFactory.getLogger(UploadFinisher.class);

    private final UploadSessionRepository sessions;
    private final List<UploadCompletionListener> listeners;

    UploadFinisher(UploadSessionRepository sessions, List<UploadCompletionListener> listeners) {
        this.sessions = sessions;
        this.listeners = listeners;
    }

    @Transactional
    void complete(UploadSession session, String sha256) {
        if (sessions.complete(session.id(), sha256) == 0) {
            return; // another request completed it first
        }
        UploadSession completed = sessions.findById(session.id()).orElseThrow();
        listeners.forEach(listener -> listener.uploadCompleted(completed));
        LOG.info("Upload {} complete: {} bytes, SHA-256 {}", session.id(), session.length(), sha256);
    }

    @Transactional
    int expire(int limit, Consumer<UploadSession> discard) {
        List<UploadSession> due = sessions.lockExpired(limit);
        for (UploadSession session : due) {
            discard.accept(session);
            sessions.end(session.id(), UploadSession.State.EXPIRED);
            LOG.info("Upload {} expired at {} of {} bytes; its parts were removed", session.id(), session.offset(),
                    session.length());
        }
        return due.size();
    }
}
