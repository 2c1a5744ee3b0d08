package org.youthimages.storage.upload;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256StateTest {

    @Test
    void aHashStoppedAndTakenUpAgainManyTimesEqualsTheHashOfTheWhole() throws Exception {
        byte[] data = new byte[1_000_003];
        new Random(7).nextBytes(data);
        byte[] state = Sha256State.fresh().encoded();
        int[] cuts = {0, 1, 63, 64, 65, 1000, 65_536, 500_001, 999_999, data.length};
        for (int i = 1; i < cuts.length; i++) {
            Sha256State resumed = Sha256State.restore(state);
            resumed.update(data, cuts[i - 1], cuts[i] - cuts[i - 1]);
            state = resumed.encoded();
        }

        assertThat(Sha256State.restore(state).hex())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
    }

    @Test
    void usesTheJdksFastEngineWhenTheTestsOpenIt() {
        assertThat(Sha256State.fresh().encoded()[0]).isEqualTo((byte) 'J');
    }

    @Test
    void goesOnWithABouncyCastleStateBegunWithoutTheFastEngine() throws Exception {
        org.bouncycastle.crypto.digests.SHA256Digest bc = new org.bouncycastle.crypto.digests.SHA256Digest();
        bc.update(new byte[] {1, 2, 3}, 0, 3);
        byte[] encoded = bc.getEncodedState();
        byte[] stored = new byte[encoded.length + 1];
        stored[0] = 'B';
        System.arraycopy(encoded, 0, stored, 1, encoded.length);

        Sha256State resumed = Sha256State.restore(stored);
        resumed.update(new byte[] {4, 5}, 0, 2);

        assertThat(resumed.hex()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(new byte[] {1, 2, 3, 4, 5})));
    }
}
