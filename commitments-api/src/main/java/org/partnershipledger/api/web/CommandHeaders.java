package org.partnershipledger.api.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.util.List;

/**
 * Documents in the OpenAPI description the headers every command takes and answers with, which no controller method
 * declares because they are read and written around it: {@code Idempotency-Key} ({@link IdempotencyKeys}) and
 * {@code If-Match} ({@link IfMatch}) on the request; {@code Ledger-Version}, {@code ETag} and
 * {@code Idempotency-Replayed} on the answer. A command is a method answering a {@link Receipt}.
 */
@Component
class CommandHeaders implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!answersReceipt(handler)) {
            return operation;
        }
        operation.addParametersItem(new HeaderParameter().name(IdempotencyKeys.HEADER).required(false)
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
                .description("Makes the request safe to send again: a retry with the same key and request gets the"
                        + " first answer (marked Idempotency-Replayed) and records nothing more; the same key with"
                        + " another request is refused (422); while the first is carried out, 409 with Retry-After."
                        + " A request that never got its answer is settled by its retry. Keys belong to the caller."));
        operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(false)
                .schema(new StringSchema().example("\"42\""))
                .description("The ETag of the partnership as last read: the change is made only if the partnership"
                        + " is still at that version, and is otherwise refused with 412 (partnership.version-mismatch)."
                        + " * or no header imposes no condition."));
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    withHeaders(response);
                }
            });
        }
        return operation;
    }

    private static void withHeaders(ApiResponse response) {
        response.addHeaderObject(Receipt.VERSION_HEADER, new Header().schema(new IntegerSchema().format("int64"))
                .description("The partnership's version after the change; read with ?minVersion= to see it."));
        response.addHeaderObject(HttpHeaders.ETAG, new Header().schema(new StringSchema())
                .description("The same version as an entity tag, for If-Match."));
        response.addHeaderObject(IdempotencyKeys.REPLAYED, new Header().schema(new StringSchema()._enum(List.of("true")))
                .description("Present when this is the answer to an earlier request with the same Idempotency-Key."));
    }

    private static boolean answersReceipt(HandlerMethod handler) {
        ResolvableType answer = ResolvableType.forMethodReturnType(handler.getMethod());
        return ResponseEntity.class.isAssignableFrom(answer.toClass())
                && answer.getGeneric(0).toClass() == Receipt.class;
    }
}
