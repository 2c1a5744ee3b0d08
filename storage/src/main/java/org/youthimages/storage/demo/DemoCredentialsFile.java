package org.youthimages.storage.demo;

import org.youthimages.storage.account.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** The demo accounts' plain passwords, one line per account, in a file only its owner can read. */
final class DemoCredentialsFile {

    private final Path file;

    DemoCredentialsFile(Path file) {
        this.file = file;
    }

    void write(List<DemoAccount> accounts) {
        try {
            Path temporary = Files.createTempFile(file.getParent(), "demo-accounts", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temporary, accounts.stream().map(a -> a.role() + " " + a.email() + " " + a.password()).toList());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo accounts to " + file, e);
        }
    }

    List<DemoAccount> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(line -> {
                String[] parts = line.strip().split(" ");
                return new DemoAccount(Role.valueOf(parts[0]), parts[1], parts[2]);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo accounts from " + file, e);
        }
    }
}
