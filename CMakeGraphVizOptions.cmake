# `cmake --graphviz=docs/architecture.dot` draws only the project's own libraries and programs
# (docs/architecture.png): tests, benchmarks and Qt's helper targets would hide the picture
# (Qt6::Sql is only the tests' way to look into a file).
set(GRAPHVIZ_EXTERNAL_LIBS TRUE)
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
set(GRAPHVIZ_IGNORE_TARGETS "^test_" "^bench_" "_autogen" "metadesk_options" "metadesk_resources"
    "metadesk_test_support" "_lrelease" "_lupdate" "_other_files" "_resources_" "^WrapOpenGL" "^Threads" "^OpenGL" "^Qt6::Platform" "^Qt6::GlobalConfig" "^Qt6::DBus" "^GLX" "^-" "^Qt6::Core_private" "^Qt6::WebSockets" "^WrapAtomic" "^WrapVulkan" "^Qt6::moc" "^Qt6::uic" "^Qt6::rcc" "^Qt6::lrelease" "^Qt6::lupdate" "^Qt6::Test" "^Qt6::Sql" "^Qt::")
