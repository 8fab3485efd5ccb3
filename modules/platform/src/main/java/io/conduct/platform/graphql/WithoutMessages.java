package io.conduct.platform.graphql;

/**
 * A copy of an exception and its causes with their classes and stack traces but none of
 * their messages, for logs that must not carry what a request held.
 */
final class WithoutMessages extends RuntimeException {

	private WithoutMessages(Throwable original, Throwable cause) {
		super(original.getClass().getName(), cause, false, true);
		setStackTrace(original.getStackTrace());
	}

	static Throwable of(Throwable original) {
		if (original == null) {
			return null;
		}
		// causes are copied innermost first; a cycle is cut at a depth that real chains
		// never reach
		java.util.List<Throwable> chain = new java.util.ArrayList<>();
		for (Throwable t = original; t != null && chain.size() < 20; t = t.getCause()) {
			chain.add(t);
		}
		Throwable copy = null;
		for (int i = chain.size() - 1; i >= 0; i--) {
			copy = new WithoutMessages(chain.get(i), copy);
		}
		return copy;
	}

	@Override
	public String toString() {
		return getMessage();
	}

}
