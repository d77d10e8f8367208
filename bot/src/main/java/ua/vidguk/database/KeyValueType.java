package ua.vidguk.database;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The keys of unique indexes (the {@code _id} index of every collection among them), stored as
 * BSON values and ordered the way MongoDB orders values.
 *
 * <p>H2's default type can only order a key class it does not know by Java-serializing both keys
 * and comparing the bytes, on every step of every lookup: 8% of the CPU of a survey reply went
 * there before this type.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    // Not a BSON type: marks a field the document does not have.
    private static final byte MISSING = 0;
    private static final Comparator<Object> ORDER = ValueComparator.asc();

    private KeyValueType() {}

    @Override
    public int compare(KeyValue one, KeyValue other) {
        int shared = Math.min(one.size(), other.size());
        for (int i = 0; i < shared; i++) {
            int order = compareValues(one.get(i), other.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(one.size(), other.size());
    }

    private static int compareValues(Object one, Object other) {
        boolean oneMissing = one instanceof Missing;
        boolean otherMissing = other instanceof Missing;
        if (oneMissing || otherMissing) {
            return Boolean.compare(otherMissing, oneMissing);
        }
        return ORDER.compare(one, other);
    }

    @Override
    public void write(WriteBuffer buff, KeyValue key) {
        ByteBuf bson = Unpooled.buffer(64);
        for (Object value : key) {
            if (value instanceof Missing) {
                bson.writeByte(MISSING);
            } else {
                byte type = BsonEncoder.determineType(value);
                bson.writeByte(type);
                BsonEncoder.encodeValue(type, value, bson);
            }
        }
        buff.putVarInt(key.size()).putVarInt(bson.readableBytes());
        buff.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public KeyValue read(ByteBuffer buff) {
        int size = DataUtils.readVarInt(buff);
        int length = DataUtils.readVarInt(buff);
        ByteBuf bson = Unpooled.wrappedBuffer(buff.slice(buff.position(), length));
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte type = bson.readByte();
            values.add(type == MISSING ? Missing.getInstance() : BsonDecoder.decodeValue(type, bson));
        }
        buff.position(buff.position() + length);
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    @Override
    public int getMemory(KeyValue key) {
        int size = 48;
        for (Object value : key) {
            size += value instanceof String string ? 40 + 2 * string.length() : 32;
        }
        return size;
    }
}
