package ua.vidguk.database;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * An H2 backend that commits the store after every write command, before the server answers.
 *
 * <p>H2's MVStore otherwise commits in the background about once a second, so a {@code kill -9}
 * lost up to a second of writes the driver had already seen acknowledged. A commit hands the
 * changed pages to the operating system, which keeps them when the process dies (not when the
 * machine loses power: there is no fsync per write). Concurrent writers share commits ({@link
 * GroupCommit}): a commit is a whole new chunk written by one H2 thread, so one per write capped
 * the whole application at a few hundred replies a second.
 */
final class WriteThroughH2Backend extends BsonH2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "create",
            "createindexes",
            "drop",
            "dropindexes",
            "dropdatabase",
            "renamecollection");

    private final boolean writeThrough;
    private final GroupCommit commits;

    WriteThroughH2Backend(MVStore store, boolean writeThrough, Duration commitDelay) {
        super(store);
        this.writeThrough = writeThrough;
        this.commits = new GroupCommit(this::commit, commitDelay);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (writeThrough && WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            return commits.write(() -> super.handleCommand(channel, database, command, query));
        }
        return super.handleCommand(channel, database, command, query);
    }
}
