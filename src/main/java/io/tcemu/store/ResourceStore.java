package io.tcemu.store;

import java.util.List;
import java.util.Optional;

/**
 * Persistent resources, scoped by account, region and namespace. Every call blocks, so callers
 * run it where blocking is allowed. Changes are compare-and-set on the version: of two writers
 * that read the same version, exactly one succeeds.
 */
public interface ResourceStore extends AutoCloseable {

    /** Stores a new resource; false if one with the same key exists already. */
    boolean insert(StoredResource resource);

    Optional<StoredResource> find(ResourceKey key);

    /** Resources of one kind in one scope, oldest first. */
    List<StoredResource> list(Scope scope, String kind);

    /** The page of a query's matches, and their number before paging. */
    ResourcePage query(ResourceQuery query);

    /**
     * Resources of a kind in a scope that a read at {@code epochMilli} could change: those whose
     * {@link StoredResource#dueAt()} has come, in no particular order. A query settles these first,
     * and only these.
     */
    List<StoredResource> due(Scope scope, String kind, long epochMilli);

    /** Resources with this id in any scope and kind (admin calls address a resource by id alone). */
    List<StoredResource> findById(String id);

    /** Replaces the row if it is still at {@code expectedVersion}; false if someone changed it first. */
    boolean update(StoredResource resource, long expectedVersion);

    /**
     * Makes every write in one transaction: all of them, or none when an insert finds its key
     * taken or an update finds its row changed. For an operation that changes several resources
     * (a Redis instance entering a flow and the task it awaits), so no crash can leave half of it.
     */
    boolean writeTogether(List<StoredWrite> writes);

    /** Deletes the row if it is still at {@code expectedVersion}; false otherwise. */
    boolean delete(ResourceKey key, long expectedVersion);

    /**
     * The next number of a named sequence, starting at 1: for products whose ids are integers
     * (Redis TaskId). Sequences survive {@link #clear()}, so an id is never handed out twice.
     */
    long nextNumber(String sequence);

    /** A named value kept with the resources (the emulator clock's offset); empty if never set. */
    Optional<String> setting(String name);

    /** Keeps a named value with the resources; survives {@link #clear()} and, with a file database, restarts. */
    void putSetting(String name, String value);
    /** Every resource, oldest first: what the admin API lists and filters. */
    List<StoredResource> all();

    /** The transitions of each resource, kept beside it. */
    ResourceHistory history();

    /** Everything stored, read at one moment: what a state snapshot exports. */
    StoreContents contents();

    /** Replaces everything stored (resources, their history, sequences) in one transaction: all or nothing. */
    void replace(StoreContents contents);

    /** Removes every resource. */
    void clear();

    @Override
    void close();
}
