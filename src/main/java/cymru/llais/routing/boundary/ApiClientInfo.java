package cymru.llais.routing.boundary;

import cymru.llais.routing.entity.ApiClient;

import java.time.Instant;

/** A client application of the Open311 API as the administrator sees it: never its key. */
public record ApiClientInfo(Long id, String name, String keyPrefix, boolean active, Instant createdAt, Instant lastUsedAt) {

    static ApiClientInfo of(ApiClient c) {
        return new ApiClientInfo(c.getId(), c.getName(), c.getKeyPrefix(), c.isActive(), c.getCreatedAt(), c.getLastUsedAt());
    }
}
