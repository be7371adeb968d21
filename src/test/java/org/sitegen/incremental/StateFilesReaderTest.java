package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.sitegen.PropertySeed;

/**
 * The state files' reader reads what a {@link DataOutputStream} and {@link StateFiles#writeString}
 * wrote exactly as a {@link DataInputStream} reads it, and refuses what runs past its end.
 */
class StateFilesReaderTest {
    @Property(seed = PropertySeed.VALUE)
    void readsWhatTheStreamWrote_asTheStreamReadsIt(@ForAll @Size(max = 20) List<Integer> ints,
                                                    @ForAll @Size(max = 20) List<Long> longs,
                                                    @ForAll @Size(max = 20) List<String> texts,
                                                    @ForAll @IntRange(max = 255) int small, @ForAll boolean flag)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(small);
        out.writeBoolean(flag);
        for (int i : ints) {
            out.writeInt(i);
        }
        for (long l : longs) {
            out.writeLong(l);
        }
        for (String text : texts) {
            StateFiles.writeString(out, text);
        }
        byte[] written = bytes.toByteArray();

        StateFiles.Reader in = new StateFiles.Reader(written, 0, written.length);
        DataInputStream stream = new DataInputStream(new java.io.ByteArrayInputStream(written));
        assertThat(in.readUnsignedByte()).isEqualTo(stream.readUnsignedByte()).isEqualTo(small);
        assertThat(in.readBoolean()).isEqualTo(stream.readBoolean()).isEqualTo(flag);
        for (int i : ints) {
            assertThat(in.readInt()).isEqualTo(stream.readInt()).isEqualTo(i);
        }
        for (long l : longs) {
            assertThat(in.readLong()).isEqualTo(stream.readLong()).isEqualTo(l);
        }
        for (String text : texts) { // every text as it was, half surrogate pairs included (UTF-8 made them '?')
            stream.readNBytes(stream.readInt());
            assertThat(in.readString()).isEqualTo(text);
        }
        assertThat(in.available()).isZero().isEqualTo(stream.available());

        if (written.length > 2) { // cut short: what was whole reads, the rest is refused
            byte[] cut = Arrays.copyOf(written, written.length - 1);
            StateFiles.Reader truncated = new StateFiles.Reader(cut, 0, cut.length);
            assertThatThrownBy(() -> {
                truncated.skip(cut.length - 1);
                truncated.readInt();
            }).isInstanceOf(IOException.class);
        }
    }

    @Property(seed = PropertySeed.VALUE)
    void aLengthBeyondWhatIsLeft_isDamage(@ForAll @IntRange(min = 1, max = 1000) int claimed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(claimed);
        out.write(new byte[claimed - 1]);
        byte[] written = bytes.toByteArray();
        assertThatThrownBy(() -> new StateFiles.Reader(written, 0, written.length).readString())
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new StateFiles.Reader(written, 0, written.length).readLength())
                .isInstanceOf(IOException.class);
    }

    /** Half of a surrogate pair, alone, at either end or between pairs: written and read back as it was. */
    @Property(seed = PropertySeed.VALUE)
    void textWithHalfASurrogatePair_comesBackAsItWas(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 5) Integer> parts)
            throws IOException {
        String[] pieces = {"a", "\uD842", "\uDFB7", "\uD842\uDFB7", "\u91CE", "?"};
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(pieces[p]));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StateFiles.writeString(new DataOutputStream(bytes), text.toString());
        byte[] written = bytes.toByteArray();
        assertThat(new StateFiles.Reader(written, 0, written.length).readString()).isEqualTo(text.toString());
        byte[] alone = StateFiles.bytesOf(text.toString());
        assertThat(StateFiles.textOf(alone, 0, alone.length)).isEqualTo(text.toString());
    }

    /** The state files' buffer (which takes no lock) holds exactly what a ByteArrayOutputStream would, however it grows. */
    @Property(seed = PropertySeed.VALUE)
    void buffer_holdsWhatAByteArrayOutputStreamHolds(@ForAll @Size(max = 40) List<Integer> ints,
                                                     @ForAll @Size(max = 20) List<String> texts,
                                                     @ForAll @IntRange(min = 1, max = 64) int size) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        StateFiles.Buffer buffer = new StateFiles.Buffer(size);
        for (DataOutputStream out : List.of(new DataOutputStream(expected), new DataOutputStream(buffer))) {
            for (int i : ints) {
                out.writeInt(i);
                out.writeByte(i);
            }
            for (String text : texts) {
                StateFiles.writeString(out, text);
            }
            out.write(new byte[300], 7, 200);
            out.flush();
        }
        assertThat(Arrays.copyOf(buffer.array(), buffer.size())).isEqualTo(expected.toByteArray());
        buffer.reset();
        buffer.write(9);
        assertThat(buffer.size()).isEqualTo(1);
        assertThat(buffer.array()[0]).isEqualTo((byte) 9);
    }
}
