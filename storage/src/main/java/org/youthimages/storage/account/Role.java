package org.youthimages.storage.account;

/** What an account may do in the judging interface. */
public enum Role { ORGANISER, JUROR }
