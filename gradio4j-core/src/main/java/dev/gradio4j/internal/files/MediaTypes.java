package dev.gradio4j.internal.files;

/** Recognises image formats from their first bytes. */
public final class MediaTypes {
    private MediaTypes() {}

    public static String imageExtension(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "png";
        } else if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "jpg";
        } else if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "gif";
        } else if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length > 11 && bytes[8] == 'W' && bytes[9] == 'E') {
            return "webp";
        } else if (startsWith(bytes, 'B', 'M')) {
            return "bmp";
        }
        return "bin";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
