package ua.vidguk.database;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Stores documents in the H2 file as BSON instead of H2's default, Java serialization.
 *
 * <p>Every commit re-serializes each changed page whole, so the value format is paid for on every
 * write: Java serialization of the documents was the largest single cost of a survey reply (15% of
 * the CPU, see docs/benchmarks.md). BSON is what the server speaks on the wire anyway. Values
 * written before this format existed start with Java serialization's tag and are still read.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private static final byte BSON = (byte) 0xB5;
    // What H2's ObjectDataType writes first for an object it serializes with Java serialization.
    private static final byte JAVA_SERIALIZED = 19;

    private final ObjectDataType javaSerialized = new ObjectDataType();

    private BsonDocumentType() {}

    @Override
    public void write(WriteBuffer buff, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, bson);
        buff.put(BSON).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public Document read(ByteBuffer buff) {
        byte format = buff.get(buff.position());
        if (format == JAVA_SERIALIZED) {
            return (Document) javaSerialized.read(buff);
        }
        if (format != BSON) {
            throw new IllegalStateException("Unknown document format " + format + " in the store file");
        }
        int start = buff.position() + 1;
        int length = Integer.reverseBytes(buff.getInt(start)); // BSON lengths are little-endian
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buff.slice(start, length)));
        buff.position(start + length);
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** H2 sizes its page cache by these estimates; close is enough, exact would cost an encoding. */
    @Override
    public int getMemory(Document document) {
        return estimate(document);
    }

    private static int estimate(Object value) {
        return switch (value) {
            case null -> 8;
            case String string -> 40 + 2 * string.length();
            case Map<?, ?> map -> {
                int size = 64;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    size += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
                }
                yield size;
            }
            case Collection<?> collection -> {
                int size = 40;
                for (Object element : collection) {
                    size += 8 + estimate(element);
                }
                yield size;
            }
            case byte[] bytes -> 16 + bytes.length;
            default -> 24;
        };
    }
}
