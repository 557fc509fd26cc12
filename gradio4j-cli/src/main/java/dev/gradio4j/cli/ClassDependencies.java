package dev.gradio4j.cli;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a class file says about its dependencies, read from its constant pool: the classes it
 * names (directly, or inside the descriptors of the fields and methods it uses), and whether it
 * declares compile-time constants, which javac copies into the classes that use them without
 * naming the class they came from.
 */
record ClassDependencies(Set<String> referenced, boolean declaresConstants) {
    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+)[;<]");

    /** Reads {@code bytes}, a class file. */
    static ClassDependencies of(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.skipBytes(8);  // magic, minor and major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            Set<Integer> classNames = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames.add(in.readUnsignedShort());
                    case 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;  // longs and doubles take two entries
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            Set<String> referenced = new HashSet<>();
            for (int index : classNames) {
                String name = utf8[index];
                if (name != null && !name.startsWith("[")) {
                    referenced.add(name.replace('/', '.'));
                }
            }
            for (String text : utf8) {
                if (text != null && text.indexOf('L') >= 0 && text.indexOf(';') > 0) {
                    Matcher m = DESCRIPTOR_CLASS.matcher(text);
                    while (m.find()) {
                        referenced.add(m.group(1).replace('/', '.'));
                    }
                }
            }
            in.skipBytes(6);  // access flags, this class, super class
            in.skipBytes(2 * in.readUnsignedShort());  // interfaces
            boolean constants = false;
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                in.skipBytes(6);  // access flags, name, descriptor
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String name = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    constants |= "ConstantValue".equals(name);
                    in.skipBytes(length);
                }
            }
            return new ClassDependencies(referenced, constants);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a class file: " + e.getMessage(), e);
        }
    }
}
