package ua.vidguk.stafflink;

/** A scope and the Telegram group that is its staff chat. */
public record LinkedChat(Scope scope, long chatId) {}
