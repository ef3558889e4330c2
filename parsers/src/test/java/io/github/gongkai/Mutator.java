package io.github.gongkai;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes damaged copies of well-formed files, the ways downloads and hostile senders damage them: bytes
 * flipped, the end cut off, a stretch of another file of the same format spliced in (a table from one
 * report into the middle of another), a run duplicated or dropped, random bytes behind the right magic,
 * and for ZIP packages a damaged part packed again so that the damage reaches the XML behind the CRCs.
 */
final class Mutator {
    private final Random random;
    private final List<byte[]> seeds;

    Mutator(long seed, List<byte[]> seeds) {
        this.random = new Random(seed);
        this.seeds = seeds;
    }

    /** One mutant of a randomly chosen seed, and what was done to it. */
    Mutant next() {
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        // Half of a package's mutants damage a part behind the checksums, which the other half rarely reach.
        int kind = isZip(seed) && random.nextBoolean() ? 6 : random.nextInt(6);
        return switch (kind) {
            case 0 -> new Mutant("flip", flip(seed));
            case 1 -> new Mutant("truncate", Arrays.copyOf(seed, random.nextInt(Math.max(1, seed.length))));
            case 2 -> new Mutant("splice", splice(seed, seeds.get(random.nextInt(seeds.size()))));
            case 3 -> new Mutant("duplicate", duplicate(seed));
            case 4 -> new Mutant("drop", drop(seed));
            case 5 -> new Mutant("magic", magic(seed));
            default -> new Mutant("repack", repack(seed));
        };
    }

    /** A damaged copy and a word for how it was damaged, to name it in a failure. */
    record Mutant(String kind, byte[] bytes) {
    }

    private byte[] flip(byte[] seed) {
        byte[] bytes = seed.clone();
        for (int flips = 1 + random.nextInt(20); flips > 0 && bytes.length > 0; flips--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** A stretch of the donor replaces a stretch of the seed. */
    private byte[] splice(byte[] seed, byte[] donor) {
        int at = random.nextInt(seed.length + 1);
        int cut = random.nextInt(Math.min(seed.length - at, 4096) + 1);
        int from = random.nextInt(donor.length + 1);
        int length = random.nextInt(Math.min(donor.length - from, 8192) + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + length);
        out.write(seed, 0, at);
        out.write(donor, from, length);
        out.write(seed, at + cut, seed.length - at - cut);
        return out.toByteArray();
    }

    private byte[] duplicate(byte[] seed) {
        int from = random.nextInt(seed.length + 1);
        int length = random.nextInt(Math.min(seed.length - from, 16_384) + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + length * 8);
        out.write(seed, 0, from + length);
        for (int copies = 1 + random.nextInt(8); copies > 0; copies--) {
            out.write(seed, from, length);
        }
        out.write(seed, from + length, seed.length - from - length);
        return out.toByteArray();
    }

    private byte[] drop(byte[] seed) {
        int from = random.nextInt(seed.length + 1);
        int length = random.nextInt(Math.min(seed.length - from, 4096) + 1);
        byte[] bytes = new byte[seed.length - length];
        System.arraycopy(seed, 0, bytes, 0, from);
        System.arraycopy(seed, from + length, bytes, from, seed.length - from - length);
        return bytes;
    }

    /** The seed's first bytes, then noise. */
    private byte[] magic(byte[] seed) {
        byte[] bytes = new byte[8 + random.nextInt(64 * 1024)];
        random.nextBytes(bytes);
        System.arraycopy(seed, 0, bytes, 0, Math.min(8, Math.min(seed.length, bytes.length)));
        return bytes;
    }

    /** One part of the package damaged by one of the other mutations, and the package written again. */
    private byte[] repack(byte[] seed) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(seed))) {
            ByteArrayOutputStream packed = new ByteArrayOutputStream(seed.length);
            try (ZipOutputStream out = new ZipOutputStream(packed)) {
                int victim = -1;
                int index = 0;
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    byte[] part = in.readAllBytes();
                    if (victim < 0 && (entry.getName().endsWith("document.xml") || random.nextInt(8) == 0)) {
                        victim = index;
                        part = switch (random.nextInt(4)) {
                            case 0 -> flip(part);
                            case 1 -> duplicate(part);
                            case 2 -> drop(part);
                            default -> Arrays.copyOf(part, random.nextInt(Math.max(1, part.length)));
                        };
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(part);
                    out.closeEntry();
                    index++;
                }
            }
            return packed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
