/** The example as a named module: gongkai is read from the module path, where only its public packages are. */
module example {
    requires io.github.gongkai.parsers;
}
