package no.abctracker.municipalities.control;

/**
 * Fired inside the transaction that moved a municipality's own accounts to another homePage, so
 * that its staff get account identities under it in the same transaction (observe synchronously).
 */
public record AccountHomePageChanged(long municipalityId, String accountHomePage) {}
