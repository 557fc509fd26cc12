package dev.gradio4j.internal.app;

import dev.gradio4j.ApiVisibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code /gradio_api/info}: each public endpoint's parameters, returns and code to call it. */
public final class ApiInfo {
    private ApiInfo() {}

    /**
     * The API description; {@code all} adds undocumented endpoints.
     *
     * @param root the app's URL as the client reached it, for the code snippets
     */
    public static Map<String, Object> of(AppModel app, boolean all, String root) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (DependencyModel dependency : app.dependencies()) {
            boolean listed = dependency.backendFn()
                    && (dependency.isPublic() || all && dependency.apiVisibility() == ApiVisibility.UNDOCUMENTED);
            if (listed) {
                named.put("/" + dependency.apiName(), endpoint(dependency, root));
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("named_endpoints", named);
        info.put("unnamed_endpoints", Map.of());
        return info;
    }

    private static Map<String, Object> endpoint(DependencyModel dependency, String root) {
        MirroredApi mirrored = dependency.mirroredApi();
        List<Map<String, Object>> parameters = new ArrayList<>();
        int position = 0;
        for (InputModel input : dependency.inputs()) {
            if (!(input instanceof InputModel.FromComponent(ComponentModel component))) {
                continue;
            }
            String name = dependency.parameterNames().get(position++);
            if (component.skipApi()) {
                continue;
            }
            Map<String, Object> parameter = new LinkedHashMap<>();
            parameter.put("label", component.label() != null ? component.label() : "parameter_" + component.id());
            parameter.put("parameter_name", name);
            Object initial = component.props().get("value");
            parameter.put("parameter_has_default", initial != null);
            parameter.put("parameter_default", initial);
            parameter.put("type", component.apiInfo());
            Object extra = component.apiInfo().get("additional_description");
            parameter.put("python_type", Map.of("type", PythonTypes.of(component.apiInfo()), "description",
                    extra == null ? "" : extra));
            parameter.put("component", component.apiComponent());
            parameter.put("example_input", component.examplePayload());
            if (mirrored != null && parameters.size() < mirrored.parameters().size()) {
                parameter.putAll(mirrored.parameters().get(parameters.size()));
            }
            parameters.add(parameter);
        }
        List<Object> returns = new ArrayList<>();
        for (ComponentModel component : dependency.outputs()) {
            if (component.skipApi()) {
                continue;
            }
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("label", component.label() != null ? component.label() : "value_" + component.id());
            value.put("type", component.apiInfo());
            Object description = component.apiInfo().get("description");
            value.put("python_type", Map.of("type", PythonTypes.of(component.apiInfo()), "description",
                    description == null ? "" : description));
            value.put("component", component.apiComponent());
            if (mirrored != null && returns.size() < mirrored.returns().size()) {
                value.putAll(mirrored.returns().get(returns.size()));
            }
            returns.add(value);
        }
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("parameters", parameters);
        endpoint.put("returns", returns);
        endpoint.put("api_visibility", WireNames.of(dependency.apiVisibility()));
        endpoint.put("description", dependency.apiDescription() == null ? "" : dependency.apiDescription());
        endpoint.put("code_snippets", CodeSnippets.of("/" + dependency.apiName(), parameters, root));
        return endpoint;
    }
}
