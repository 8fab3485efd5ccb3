package io.conduct.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the shape of a GraphQL request body before Spring for GraphQL reads it: a JSON
 * object with a {@code query} string, {@code variables} an object and
 * {@code operationName} a string when given. Anything else ({@code null}, an array,
 * malformed JSON) gets a 400 with a classified GraphQL error instead of a 500. The body
 * is read once, already bounded by {@link RequestSizeLimitFilter}, and handed on as read.
 */
public class GraphQlRequestBodyFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String path;

	public GraphQlRequestBodyFilter(String path) {
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		String problem = problemWith(body);
		if (problem != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write(JSON.writeValueAsString(java.util.Map.of("errors", java.util.List.of(java.util.Map.of("message",
						problem, "extensions", java.util.Map.of("classification", "BAD_REQUEST"))))));
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	static String problemWith(byte[] body) {
		JsonNode tree;
		try {
			tree = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return "The body is not JSON";
		}
		if (tree == null || !tree.isObject()) {
			return "The body must be a JSON object with a query";
		}
		JsonNode query = tree.get("query");
		if (query == null || !query.isString()) {
			return "The body must carry the query as a string";
		}
		JsonNode variables = tree.get("variables");
		if (variables != null && !variables.isNull() && !variables.isObject()) {
			return "variables must be a JSON object";
		}
		JsonNode operationName = tree.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			return "operationName must be a string";
		}
		return null;
	}

	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Blocking reads only");
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
